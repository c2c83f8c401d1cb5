import { Migration } from '@mikro-orm/migrations';

export class Migration20261126005846 extends Migration {

  override name = 'Migration20261126005846';

  override up(): void | Promise<void> {
    this.addSql(`create table "case_party" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "role" text not null, "kind" text not null, "name" varchar(200) not null, "party_key" varchar(64) not null, "identifier_masked" varchar(32) not null, "identifier_encrypted" text not null, "phone_masked" varchar(32) null, "phone_encrypted" text null, "identifier_warning" text null, primary key ("id"));`);
    this.addSql(`create index "case_party_case_type_case_id_index" on "case_party" ("case_type", "case_id");`);
    this.addSql(`create index "case_party_party_key_case_type_index" on "case_party" ("party_key", "case_type");`);
    this.addSql(`alter table "case_party" add constraint "case_party_role_check" check ("role" in ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY'));`);
    this.addSql(`alter table "case_party" add constraint "case_party_kind_check" check ("kind" in ('PERSON', 'ORGANISATION'));`);

    this.addSql(`create table "police_incident" ("id" uuid not null, "incident_number" varchar(40) not null, "station" varchar(200) not null, "division_code" varchar(12) not null, "category" text not null, "repeat_offender" boolean not null default false, "dispute_type" text not null, "narrative" text not null, "reported_at" timestamptz not null, "unified_number" varchar(32) null, "status" text not null default 'REPORTED', "due_at" timestamptz null, "mediation_scheduled_at" timestamptz null, "performance_note" text null, "penalty" text null, "advice_to_sue" text null, "mediation_organisation" varchar(200) null, "closed_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "police_incident" add constraint "police_incident_incident_number_unique" unique ("incident_number");`);
    this.addSql(`create index "police_incident_status_due_at_index" on "police_incident" ("status", "due_at");`);
    this.addSql(`create index "police_incident_unified_number_index" on "police_incident" ("unified_number");`);
    this.addSql(`create index "police_incident_reported_at_index" on "police_incident" ("reported_at");`);
    this.addSql(`create index "police_incident_station_index" on "police_incident" ("station");`);
    this.addSql(`create index "police_incident_division_code_index" on "police_incident" ("division_code");`);
    this.addSql(`alter table "police_incident" add constraint "police_incident_category_check" check ("category" in ('NEIGHBOUR_QUARREL', 'FAMILY_DISPUTE', 'MINOR_ASSAULT', 'PROPERTY_DAMAGE', 'TRAFFIC_DISPUTE', 'CONSUMER_DISPUTE', 'LABOUR_WAGE', 'HIRED_VIOLENCE', 'GANG_FIGHT', 'PROVOCATION', 'OTHER'));`);
    this.addSql(`alter table "police_incident" add constraint "police_incident_dispute_type_check" check ("dispute_type" in ('MARRIAGE_FAMILY', 'NEIGHBOURHOOD', 'HOUSING_HOMESTEAD', 'CONTRACT', 'PRODUCTION_BUSINESS', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION_DEMOLITION', 'ENVIRONMENTAL_POLLUTION', 'LABOUR', 'CONSUMER', 'MEDICAL', 'ROAD_TRAFFIC_ACCIDENT', 'PROPERTY_MANAGEMENT', 'MIGRANT_WORKER_WAGES', 'TOURISM', 'E_COMMERCE', 'OTHER'));`);
    this.addSql(`alter table "police_incident" add constraint "police_incident_status_check" check ("status" in ('REPORTED', 'MEDIATION_SCHEDULED', 'SECOND_SESSION_SCHEDULED', 'AGREEMENT_REACHED', 'PERFORMED', 'FAILED', 'PENALISED', 'REFERRED_TO_MEDIATION_CENTER'));`);

    this.addSql(`create table "police_mediation_session" ("id" uuid not null, "incident_id" uuid not null, "sequence" int not null, "held_at" timestamptz not null, "officer" varchar(100) not null, "agreement_reached" boolean not null, "notes" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "police_mediation_session" add constraint "police_mediation_session_incident_id_sequence_unique" unique ("incident_id", "sequence");`);

    this.addSql(`create table "status_change" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "action" varchar(64) not null, "from_status" varchar(64) null, "to_status" varchar(64) not null, "actor" varchar(200) not null, "at" timestamptz not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "status_change_case_type_case_id_index" on "status_change" ("case_type", "case_id");`);

    this.addSql(`alter table "police_mediation_session" add constraint "police_mediation_session_incident_id_foreign" foreign key ("incident_id") references "police_incident" ("id");`);
  }

}
