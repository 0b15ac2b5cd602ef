/** What a dialog adding an entry to a person's record is given. */
export interface AddEntryModalProps {
  personId: string;
  opened: boolean;
  onClose: () => void;
}

/** What the form inside such a dialog is given. */
export interface AddEntryFormProps {
  personId: string;
  onDone: () => void;
}
