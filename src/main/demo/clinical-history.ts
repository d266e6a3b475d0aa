import { CARE_PLAN_ATTESTATIONS } from '../../shared/domain/care-plan-attestation';
/**
 * A clinical history for most active clients of a synthetic clinic: a signed intake (and for some
 * a reassessment), about monthly measures with a trajectory, and a care plan signed by worker and
 * client, revised at its reviews. Everything goes through the features' own services, acting as the
 * client's worker at the moment it "happened", so the rows, hashes, signatures, risk levels, alerts
 * and audit entries are exactly what the app writes (and the services' rules are checked).
 */
import type { AssessedRiskLevel } from '../../shared/domain/risk';
import type { InstrumentDefinition } from '../../shared/domain/instruments';
import { findAccountById } from '../accounts/repository';
import { requestContext } from '../api/context';
import * as assessments from '../assessments/service';
import * as plans from '../care-plans/service';
import type { Db } from '../db/open';
import { saveSchedule } from '../measures/administration';
import type { ShippedInstruments } from '../measures/catalogue';
import { findInstrument } from '../measures/catalogue';
import { readOpenAlerts } from '../measures/repository';
import { readSchedules } from '../measures/schedule-repository';
import { acknowledgeAlert, giveMeasure } from '../measures/service';
import type { Actor, RequestContext } from '../request/context';
import { readSettings } from '../settings/repository';
import { assessmentContent, measureAnswers, planDates, planNeeds, revisedNeeds } from './clinical-content';
import type { HistoryCandidate } from './repository';
import { activeClientsForHistory } from './repository';
import { DAY_MS, isoDate, Random } from './random';

export interface ClinicalOptions {
  seed: number;
  shipped: ShippedInstruments;
  /** Clients written per transaction (default 250). */
  batchSize?: number;
  onProgress?: (written: number, total: number) => void;
}

export interface ClinicalSummary {
  clients: number;
  assessments: number;
  planVersions: number;
  measures: number;
  openAlerts: number;
}

/** Share of active clients with a clinical history ("most"); the rest are new or not yet seen. */
const HISTORY_SHARE = 0.85;
/** A tiny valid PNG standing in for a drawn signature image (the strokes are the signature). */
const DOT_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** The measurement schedules of the demo clinic (added once; a clinic that has some keeps them). */
function ensureSchedules(db: Db, admin: Actor, shipped: ShippedInstruments, at: Date): void {
  const ctx = contextAt(db, admin, at);
  const have = new Set(readSchedules(db).map((s) => s.instrumentId));
  const wanted: [string, string | null, number][] = [
    ['phq-9', null, 30],
    ['gad-7', null, 30],
    ['audit-c', 'Crisis Stabilization', 90],
  ];
  for (const [instrumentId, program, intervalDays] of wanted)
    if (!have.has(instrumentId))
      saveSchedule(ctx, shipped, { instrumentId, program, intervalDays, active: true });
}

const noEvents = () => undefined;
const contextAt = (db: Db, actor: Actor, now: Date): RequestContext =>
  requestContext(db, actor, { now, emit: noEvents });

export function seedClinicalHistory(
  db: Db,
  admin: Actor,
  options: ClinicalOptions,
  now: Date,
): ClinicalSummary {
  const rand = new Random((options.seed ^ 0x5eed_c11c) >>> 0);
  ensureSchedules(db, admin, options.shipped, new Date(now.getTime() - 400 * DAY_MS));
  const instrument = (id: string) => {
    const found = findInstrument(db, options.shipped, id);
    if (!found) throw new Error(`seed: the instrument ${id} is not in the catalogue`);
    return found;
  };
  const instruments = {
    phq9: instrument('phq-9'),
    gad7: instrument('gad-7'),
    pcl5: instrument('pcl-5'),
    auditc: instrument('audit-c'),
  };
  const reviewDays = readSettings(db).planReviewDays;
  const actors = new Map<string, Actor | null>();
  const actorOf = (id: string): Actor | null => {
    if (!actors.has(id)) {
      const account = findAccountById(db, id);
      actors.set(id, account && account.status === 'active' ? account : null);
    }
    return actors.get(id) ?? null;
  };

  const candidates = activeClientsForHistory(db);
  const summary: ClinicalSummary = {
    clients: 0,
    assessments: 0,
    planVersions: 0,
    measures: 0,
    openAlerts: 0,
  };
  const batch = options.batchSize ?? 250;
  for (let done = 0; done < candidates.length;) {
    const slice = candidates.slice(done, done + batch);
    db.transaction(() => {
      for (const client of slice) {
        const chosen = rand.chance(HISTORY_SHARE);
        const worker = client.workerId ? actorOf(client.workerId) : null;
        if (!chosen || !worker) continue;
        const writer = new ClientHistory(db, worker, client, rand, now, { instruments, reviewDays });
        writer.write(options.shipped, summary);
        summary.clients += 1;
      }
    })();
    done += slice.length;
    options.onProgress?.(done, candidates.length);
  }
  return summary;
}

interface Catalogue {
  instruments: Record<'phq9' | 'gad7' | 'pcl5' | 'auditc', InstrumentDefinition>;
  reviewDays: number;
}

/** One client's history, written in the order it happened. */
class ClientHistory {
  private readonly start: Date;

  constructor(
    private readonly db: Db,
    private readonly worker: Actor,
    private readonly client: HistoryCandidate,
    private readonly rand: Random,
    private readonly now: Date,
    private readonly catalogue: Catalogue,
  ) {
    // Seen first 20–330 days ago, not before the enrollment began; office hours (14:00–19:00 UTC).
    const since = client.activeSince ? Date.parse(`${client.activeSince}T14:00:00Z`) : 0;
    const earliest = Math.max(since, now.getTime() - rand.int(20, 330) * DAY_MS);
    const day = Math.min(earliest, now.getTime() - 2 * DAY_MS);
    this.start = new Date(Math.floor(day / DAY_MS) * DAY_MS + (14 + rand.int(0, 4)) * 3_600_000);
  }

  private at(days: number, minutes = 0): Date {
    return new Date(this.start.getTime() + days * DAY_MS + minutes * 60_000);
  }

  private ctx(when: Date): RequestContext {
    return contextAt(this.db, this.worker, when);
  }

  private past(when: Date): boolean {
    return when.getTime() < this.now.getTime();
  }

  write(shipped: ShippedInstruments, summary: ClinicalSummary): void {
    const risk = this.assessedRisk();
    this.assessment('intake', 0, risk);
    summary.assessments += 1;
    const sinceStart = (this.now.getTime() - this.start.getTime()) / DAY_MS;
    if (sinceStart > 200 && this.rand.chance(0.6)) {
      this.assessment('reassessment', this.rand.int(170, 195), risk);
      summary.assessments += 1;
    }
    summary.planVersions += this.carePlan(shipped);
    this.measures(shipped, summary);
  }

  /** The generated risk level where one was set; a client never assessed gets low or moderate. */
  private assessedRisk(): AssessedRiskLevel {
    const level = this.client.riskLevel;
    if (level === 'low' || level === 'moderate' || level === 'high' || level === 'imminent') return level;
    return this.rand.chance(0.7) ? 'low' : 'moderate';
  }

  private assessment(type: 'intake' | 'reassessment', day: number, risk: AssessedRiskLevel): void {
    const started =
      type === 'intake'
        ? assessments.startIntake(this.ctx(this.at(day)), this.client.id)
        : assessments.startReassessment(this.ctx(this.at(day)), this.client.id);
    const note = type === 'reassessment' ? ' Reviewed at reassessment.' : '';
    assessments.saveAssessmentDraft(this.ctx(this.at(day, 25)), {
      versionId: started.versionId,
      content: assessmentContent(this.rand, risk, note),
    });
    assessments.signAssessment(this.ctx(this.at(day, 50)), started.versionId);
  }

  /** A plan a few days after intake, signed by both, revised at (about) each review; returns its versions. */
  private carePlan(shipped: ShippedInstruments): number {
    let day = this.rand.int(3, 14);
    if (!this.past(this.at(day, 60))) return 0;
    const { startDate, reviewDate } = planDates(isoDate(this.at(day)), this.catalogue.reviewDays);
    const created = plans.createCarePlan(this.ctx(this.at(day)), {
      clientId: this.client.id,
      templateId: null,
      startDate,
    });
    let needs = planNeeds(this.rand, reviewDate, this.rand.chance(0.6));
    let content = { startDate, reviewDate, needs };
    let versionId = created.draftVersionId as string;
    let versions = 0;
    for (;;) {
      plans.saveCarePlanDraft(this.ctx(this.at(day, 20)), { versionId, content }, shipped);
      plans.signCarePlanAsWorker(this.ctx(this.at(day, 40)), { versionId }, shipped);
      this.clientAgreement(versionId, this.at(day, 45));
      versions += 1;
      // Reviewed within a fortnight of its date, mostly; some plans are left overdue.
      const reviewDay = day + Math.round((Date.parse(content.reviewDate) - this.at(day).getTime()) / DAY_MS);
      const nextDay = reviewDay + this.rand.int(-10, 14);
      if (versions >= 3 || !this.past(this.at(nextDay, 60)) || !this.rand.chance(0.85)) return versions;
      day = nextDay;
      const revised = plans.reviseCarePlan(this.ctx(this.at(day)), { versionId });
      versionId = revised.draftVersionId as string;
      const on = isoDate(this.at(day));
      const next = planDates(on, this.catalogue.reviewDays).reviewDate;
      needs = revisedNeeds(this.rand, needs, on, next);
      content = { startDate, reviewDate: next, needs };
    }
  }

  private clientAgreement(versionId: string, when: Date): void {
    const signerName = `${this.client.firstName} ${this.client.lastName}`;
    // The words the screen shows a client who signs in English (main accepts only those).
    const attestation = CARE_PLAN_ATTESTATIONS.en;
    const roll = this.rand.float();
    const agreement =
      roll < 0.05
        ? {
            method: 'declined' as const,
            reason: 'Client wanted more time to read it. (Synthetic demo text.)',
          }
        : roll < 0.2
          ? {
              method: 'drawn' as const,
              signerName,
              attestation,
              strokes: [
                { points: [0, 1, 2, 3].map((k) => ({ x: k * 12, y: (k % 2) * 8, t: k * 40, p: 0.5 })) },
              ],
              png: DOT_PNG,
            }
          : { method: 'typed' as const, signerName, attestation };
    plans.recordClientAgreement(this.ctx(when), { versionId, agreement });
  }

  /** About monthly PHQ-9 (and mostly GAD-7); PCL-5 and AUDIT-C quarterly for some; planted item-9 alerts. */
  private measures(shipped: ShippedInstruments, summary: ClinicalSummary): void {
    const { rand } = this;
    const { phq9, gad7, pcl5, auditc } = this.catalogue.instruments;
    const base = 0.25 + rand.float() * 0.5;
    // Most improve, some stay, a few get worse (severity change per month).
    const slope = rand.weighted([
      [-0.06, 55],
      [0, 30],
      [0.04, 15],
    ] as const);
    const withGad = rand.chance(0.8);
    const withPcl = rand.chance(0.15);
    const withAudit = rand.chance(0.2);
    const openAlert = rand.chance(0.03);
    const pastAlert = rand.chance(0.02);
    // A fifth stop coming for a while: their measures fall overdue on the schedule.
    const stopBefore = rand.chance(0.2) ? this.now.getTime() - rand.int(35, 90) * DAY_MS : this.now.getTime();
    const days: number[] = [];
    for (let day = 1; this.at(day, 90).getTime() < stopBefore; day += rand.int(25, 38)) days.push(day);
    days.forEach((day, visit) => {
      const severity = Math.max(0, Math.min(1, base + slope * visit + (rand.float() - 0.5) * 0.15));
      const last = visit === days.length - 1;
      const alertNow = (openAlert && last) || (pastAlert && visit === 1 && !last);
      const give = (definition: InstrumentDefinition, minutes: number, critical = false) => {
        const result = giveMeasure(this.ctx(this.at(day, minutes)), shipped, {
          clientId: this.client.id,
          instrumentId: definition.id,
          answers: measureAnswers(rand, definition, severity, critical),
          mode: rand.chance(0.3) ? 'client' : 'office',
        });
        summary.measures += 1;
        return result;
      };
      give(phq9, 0, alertNow);
      if (alertNow && last) summary.openAlerts += 1;
      if (alertNow && !last) this.acknowledgeAlerts(this.at(day, 30));
      if (withGad) give(gad7, 5);
      if (withPcl && visit % 3 === 0) give(pcl5, 10);
      if (withAudit && visit % 3 === 0) give(auditc, 15);
    });
  }

  /** An earlier item-9 alert, seen to the same day with a note (as the alert's dialog does). */
  private acknowledgeAlerts(when: Date): void {
    const open = readOpenAlerts(this.db, JSON.stringify([this.client.id])).map((alert) => alert.id);
    for (const alertId of open)
      acknowledgeAlert(this.ctx(when), {
        alertId,
        note: 'Safety reviewed with the client; crisis line given. (Synthetic demo text.)',
      });
  }
}
