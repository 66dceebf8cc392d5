import { Migration } from '@mikro-orm/migrations';

export class Migration20261205201500_EvidenceProposalOneWaiting extends Migration {

  override async up(): Promise<void> {
    // Of waiting proposals of one level, the first made stays; the later ones would be decided alike.
    this.addSql(`delete from "competency_evidence_proposal" p using "competency_evidence_proposal" q
      where p."status" = 'PROPOSED' and q."status" = 'PROPOSED'
        and p."employee_id" = q."employee_id" and p."competency_id" = q."competency_id" and p."level" = q."level"
        and (q."created_at", q."id") < (p."created_at", p."id");`);
    this.addSql(`create unique index "competency_evidence_proposal_one_waiting_idx" on "competency_evidence_proposal" ("employee_id", "competency_id", "level") where "status" = 'PROPOSED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "competency_evidence_proposal_one_waiting_idx";`);
  }

}
