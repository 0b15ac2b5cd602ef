import {
  ExportParams,
  HalfYearQuery,
  Report,
  ReportDefinition,
  StateReport,
  Trend,
  TrendQuery,
  UpdateReportDefinitionBody,
  YearQuery,
} from '../../../contract/reports';
import { CaseloadOverview } from '../../../contract/staff';
import { halfYearPeriod, yearPeriod } from '../../../domain/reports';
import type { AppDeps } from '../../deps';
import { sendDownload } from '../../http/download';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { caseloadsService } from './caseloads';
import { reportsService } from './service';

export function reportsRoutes(app: Api, deps: AppDeps) {
  const reports = reportsService(deps);
  const caseloads = caseloadsService(deps);
  const tags = ['reports'];
  const read = { config: { permission: 'reports:read' as const } };
  const half = (h: number) => (h === 1 ? 1 : 2);

  app.get('/api/caseloads/overview', {
    config: { permission: 'caseloads:read' },
    schema: {
      tags,
      summary: "Each assistant's load against the limit of 15, contacts of the last 4 weeks, overdue terms",
      response: { 200: CaseloadOverview },
    },
    handler: (request) => caseloads.overview(userContext(request)),
  });

  app.get('/api/reports/yearly', {
    ...read,
    schema: {
      tags,
      summary: "A year's figures, computed from the records",
      querystring: YearQuery,
      response: { 200: Report },
    },
    handler: (request) => reports.yearly(userContext(request), request.query.year),
  });

  app.get('/api/reports/half-yearly', {
    ...read,
    schema: { tags, summary: "A half-year's figures", querystring: HalfYearQuery, response: { 200: Report } },
    handler: (request) =>
      reports.halfYearly(userContext(request), request.query.year, half(request.query.half)),
  });

  app.get('/api/reports/trend', {
    ...read,
    schema: {
      tags,
      summary: 'The figures year by year, for charts',
      querystring: TrendQuery,
      response: { 200: Trend },
    },
    handler: async (request) => ({
      items: await reports.trend(userContext(request), request.query.from, request.query.to),
    }),
  });

  app.get('/api/reports/state', {
    ...read,
    schema: {
      tags,
      summary: "The state's half-year report by the office's definition",
      querystring: HalfYearQuery,
      response: { 200: StateReport },
    },
    handler: (request) => reports.state(userContext(request), request.query.year, half(request.query.half)),
  });

  app.get('/api/reports/state/definition', {
    ...read,
    schema: {
      tags,
      summary: "The state report's rows and the figure each shows",
      response: { 200: ReportDefinition },
    },
    handler: (request) => reports.definition(userContext(request)),
  });

  app.put('/api/reports/state/definition', {
    config: { permission: 'reports:define' },
    schema: {
      tags,
      summary: "Change the state report's rows when the form changes",
      body: UpdateReportDefinitionBody,
      response: { 200: ReportDefinition },
    },
    handler: (request) => reports.saveDefinition(userContext(request), request.body),
  });

  app.get('/api/reports/yearly/:format', {
    ...read,
    schema: { tags, summary: 'A year’s report as XLSX or CSV', params: ExportParams, querystring: YearQuery },
    handler: async (request, reply) =>
      sendDownload(
        reply,
        await reports.export(
          userContext(request),
          'yearly',
          yearPeriod(request.query.year),
          request.params.format,
        ),
      ),
  });

  for (const kind of ['half-yearly', 'state'] as const) {
    app.get(`/api/reports/${kind}/:format`, {
      ...read,
      schema: {
        tags,
        summary: `The ${kind} report as XLSX or CSV`,
        params: ExportParams,
        querystring: HalfYearQuery,
      },
      handler: async (request, reply) =>
        sendDownload(
          reply,
          await reports.export(
            userContext(request),
            kind,
            halfYearPeriod(request.query.year, half(request.query.half)),
            request.params.format,
          ),
        ),
    });
  }
}
