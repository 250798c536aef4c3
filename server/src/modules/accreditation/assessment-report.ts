import PDFDocument from 'pdfkit';
import { recordEvent } from '../../audit/audit.service';
import { ukDate } from '../../common/dates';
import { BadUserInput, NotFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../common/request-context';
import { preparedQuery } from '../../db/prepared-query';
import { KIND_WORDS, type StandardSetKind } from '../standards';
import { Assessment } from './assessment.entity';

/** What a decided assessment's report shows, read in one statement. */
type ReportData = {
  centre: string;
  organisation: string;
  accreditationKind: 'ACCREDITATION' | 'ENHANCED_ACCREDITATION';
  setKind: StandardSetKind;
  versionLabel: string;
  visitDate: string;
  assessor: string;
  summary: string | null;
  decision: 'AWARD' | 'AWARD_WITH_ACTION_PLAN' | 'REFUSE';
  decisionReason: string | null;
  decidedOn: string;
  decidedBy: string | null;
  areas: Array<{ number: string; title: string; standards: Array<{ code: string; title: string; outcome: string | null; note: string | null; evidenceRef: string | null }> }>;
  actions: Array<{ description: string; owner: string; dueOn: string; status: string }>;
};

const OUTCOME_WORDS: Record<string, string> = { MET: 'Met', MET_WITH_CONDITIONS: 'Met with conditions', NOT_MET: 'Not met', NOT_APPLICABLE: 'Not applicable' };
const DECISION_WORDS: Record<ReportData['decision'], string> = {
  AWARD: 'Accredited',
  AWARD_WITH_ACTION_PLAN: 'Accredited with an action plan',
  REFUSE: 'Not accredited at this time',
};
const ACTION_WORDS: Record<string, string> = { OPEN: 'Open', EVIDENCE_SUBMITTED: 'Evidence submitted', SIGNED_OFF: 'Signed off', RETURNED: 'Returned for more evidence' };

/**
 * A decided assessment as a PDF (pdfkit, a well-kept library: text, pages and fonts without a
 * browser): the centre, the version of the standards, the findings area by area, the actions with
 * their due dates, and the decision. For head office, the visit's assessor and the centre's
 * organisation (whoever may see the assessment); each download is audited as an export, naming
 * the assessment, never its content.
 */
export async function assessmentReportPdf(ctx: RequestContext, id: string): Promise<Buffer> {
  // Visible to the caller (the tenant filter), or not found, as anywhere else.
  const assessment = isUuid(id) ? await ctx.em.findOne(Assessment, { id }) : null;
  if (!assessment) throw new NotFound('Assessment', id);
  if (!assessment.decision) throw new BadUserInput('id', 'The report can be downloaded once head office has decided on the visit');
  const [row] = await preparedQuery<{ report: ReportData }>(
    ctx.em,
    `select json_build_object(
       'centre', c.name, 'organisation', o.name, 'accreditationKind', acc.kind, 'setKind', s.kind, 'versionLabel', s.version_label,
       'visitDate', a.visit_date, 'assessor', u.display_name, 'summary', a.report_summary, 'decision', a.decision,
       'decisionReason', a.decision_reason, 'decidedOn', (a.decided_at at time zone 'Europe/London')::date, 'decidedBy', d.display_name,
       'areas', (select json_agg(json_build_object('number', ar.number, 'title', ar.title, 'standards',
                   (select json_agg(json_build_object('code', st.code, 'title', st.title, 'outcome', f.outcome, 'note', f.note, 'evidenceRef', f.evidence_ref) order by st.position)
                    from standard st left join finding f on f.standard_id = st.id and f.assessment_id = a.id where st.area_id = ar.id)) order by ar.position)
                 from standard_area ar where ar.set_id = s.id),
       'actions', coalesce((select json_agg(json_build_object('description', x.description, 'owner', x.owner, 'dueOn', x.due_on, 'status', x.status) order by x.due_on, x.description)
                            from accreditation_action x where x.assessment_id = a.id), '[]')) as report
     from assessment a join centre c on c.id = a.centre_id join organisation o on o.id = a.organisation_id
       join accreditation acc on acc.id = a.accreditation_id join standard_set s on s.id = a.standard_set_id
       join app_user u on u.id = a.assessor_user_id left join app_user d on d.id = a.decided_by_user_id
     where a.id = $1`,
    [assessment.id],
  );
  const pdf = await render(row!.report);
  await recordEvent(ctx, { action: 'EXPORT', entityType: 'Assessment', entityId: assessment.id, organisationId: assessment.organisation.id, changes: { format: 'pdf' } });
  return pdf;
}

function render(report: ReportData): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Assessment report: ${report.centre}`, Author: 'NACCC' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const kind = report.accreditationKind === 'ACCREDITATION' ? 'Accreditation' : 'Enhanced Accreditation';
  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text).moveDown(0.3).font('Helvetica').fontSize(10);
  const line = (label: string, value: string) => doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);

  doc.font('Helvetica-Bold').fontSize(18).text('Assessment report');
  doc.font('Helvetica').fontSize(11).text(`National Association of Child Contact Centres — ${kind}`).moveDown();
  doc.fontSize(10);
  line('Centre', `${report.centre} (${report.organisation})`);
  line('Standards', `${KIND_WORDS[report.setKind]}, version ${report.versionLabel}`);
  line('Visit', `${ukDate(report.visitDate)}, by ${report.assessor}`);
  line('Decision', `${DECISION_WORDS[report.decision]} on ${ukDate(report.decidedOn)}${report.decidedBy ? ` by ${report.decidedBy}` : ''}`);
  if (report.decisionReason) line('Reason', report.decisionReason);
  if (report.summary) {
    heading("Assessor's summary");
    doc.text(report.summary);
  }

  heading('Findings');
  for (const area of report.areas ?? []) {
    doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11).text(`${area.number}. ${area.title}`).font('Helvetica').fontSize(10);
    for (const standard of area.standards ?? []) {
      doc.font('Helvetica-Bold').text(`${standard.code} `, { continued: true }).font('Helvetica').text(`${standard.title} — ${standard.outcome ? OUTCOME_WORDS[standard.outcome] : 'No finding'}`);
      if (standard.note) doc.fillColor('#333333').text(`   ${standard.note}`).fillColor('black');
      if (standard.evidenceRef) doc.fillColor('#333333').text(`   Evidence: ${standard.evidenceRef}`).fillColor('black');
    }
  }

  heading('Action plan');
  if (!report.actions.length) doc.text('No actions: every standard was met or not applicable.');
  for (const action of report.actions) {
    doc.text(`• ${action.description}`);
    doc.fillColor('#333333').text(`   Due ${ukDate(action.dueOn)} · owner: ${action.owner} · ${ACTION_WORDS[action.status] ?? action.status}`).fillColor('black');
  }
  doc.end();
  return done;
}
