import type { Executor } from '../../db/client';
import { insertProblemTypes, officesWithoutProblemTypes } from './queries';

/**
 * The usual problems of families in social assistance (art. 7 of the social assistance act and
 * the sources' practice). Office data, in Polish: each office edits its own copy.
 */
export const defaultProblemTypes = [
  'Bezradność w sprawach opiekuńczo-wychowawczych',
  'Trudności w prowadzeniu gospodarstwa domowego',
  'Uzależnienie od alkoholu',
  'Uzależnienie od narkotyków lub innych substancji',
  'Przemoc domowa',
  'Ubóstwo',
  'Bezrobocie',
  'Niepełnosprawność',
  'Długotrwała lub ciężka choroba',
  'Problemy mieszkaniowe',
  'Bezdomność',
  'Potrzeba ochrony macierzyństwa lub wielodzietności',
  'Trudności po opuszczeniu zakładu karnego',
  'Zdarzenie losowe lub sytuacja kryzysowa',
] as const;

/** Gives every office without a problem dictionary the default one. */
export async function seedProblemDictionaries(tx: Executor): Promise<void> {
  for (const officeId of await officesWithoutProblemTypes(tx)) {
    await insertProblemTypes(tx, officeId, defaultProblemTypes);
  }
}
