import { Timesheet, TimesheetQuery } from '../../../contract/contacts';
import { TimesheetPrintoutQuery } from '../../../contract/documents';
import type { AppDeps } from '../../deps';
import { sendDownload } from '../../http/download';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { timesheetService } from './service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function timesheetRoutes(app: Api, deps: AppDeps) {
  const timesheets = timesheetService(deps);
  const tags = ['timesheet'];

  for (const scope of ['mine', 'team'] as const) {
    const base = scope === 'mine' ? '/api/timesheet' : '/api/timesheet/team';
    const permission = scope === 'mine' ? 'worktime:own' : 'worktime:team';
    const whose = scope === 'mine' ? "One's own" : "A colleague's";

    app.get(base, {
      config: { permission },
      schema: {
        tags,
        summary: `${whose} monthly timesheet: hours per day and kind, the norm, flagged days`,
        querystring: TimesheetQuery,
        response: { 200: Timesheet },
      },
      handler: (request) => timesheets.compute(userContext(request), request.query, scope),
    });

    app.get(`${base}/printout`, {
      config: { permission },
      schema: {
        tags,
        summary: `${whose} monthly timesheet as a printout to sign (PDF or DOCX)`,
        querystring: TimesheetPrintoutQuery,
      },
      handler: async (request, reply) =>
        sendDownload(reply, await timesheets.print(userContext(request), request.query, scope)),
    });

    app.get(`${base}/xlsx`, {
      config: { permission },
      schema: {
        tags,
        summary: `${whose} monthly timesheet as an XLSX workbook`,
        querystring: TimesheetQuery,
      },
      handler: async (request, reply) => {
        const { workbook, filename } = await timesheets.exportXlsx(
          userContext(request),
          request.query,
          scope,
        );
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="${filename}"`)
          .send(workbook);
      },
    });
  }
}
