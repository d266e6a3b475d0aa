import type { Migration } from '../migrate';

/**
 * Indexes measured to matter at 100,000 clients (`npm run bench`): one per sortable column that
 * delivers rows already in page order, partial indexes for each flag filter, and a vocabulary view of the search index so typo-tolerant search can start from
 * the rarest three-letter runs instead of every row that shares a common one.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'caseload-speed',
  up(db) {
    db.exec(`
      CREATE INDEX clients_flag_safety ON clients(sort_name, id) WHERE record_status = 'active' AND flag_safety_concern = 1;
      CREATE INDEX clients_flag_financial ON clients(sort_name, id) WHERE record_status = 'active' AND flag_financial_concern = 1;
      CREATE INDEX clients_flag_legal ON clients(sort_name, id) WHERE record_status = 'active' AND flag_legal_involvement = 1;
      CREATE INDEX clients_flag_part2 ON clients(sort_name, id) WHERE record_status = 'active' AND flag_part2_protected = 1;
      CREATE INDEX clients_flag_household ON clients(sort_name, id) WHERE record_status = 'active' AND flag_household_unaware = 1;
      CREATE INDEX clients_by_number ON clients(record_status, client_number, sort_name, id);
      CREATE INDEX clients_by_birth ON clients(record_status, birth_date, sort_name, id);
      CREATE INDEX clients_by_status_sorted ON clients(record_status, status, sort_name, id);
      CREATE INDEX clients_by_risk_sorted ON clients(record_status, risk_rank, sort_name, id);
      CREATE INDEX clients_by_contact_sorted ON clients(record_status, last_contact_at, sort_name, id);
      CREATE INDEX client_enrollments_open_by_program ON client_enrollments(program, client_id) WHERE status != 'discharged';
      CREATE VIRTUAL TABLE client_search_vocab USING fts5vocab('client_search', 'col');
    `);
  },
};
