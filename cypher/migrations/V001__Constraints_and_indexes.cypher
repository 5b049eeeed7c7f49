// Every node of the graph model has a unique, stable, human-readable id.
CREATE CONSTRAINT safety_region_id IF NOT EXISTS FOR (n:SafetyRegion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT municipality_id IF NOT EXISTS FOR (n:Municipality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT vital_process_id IF NOT EXISTS FOR (n:VitalProcess) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT asset_id IF NOT EXISTS FOR (n:Asset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT covenant_id IF NOT EXISTS FOR (n:Covenant) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT action_item_id IF NOT EXISTS FOR (n:ActionItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT crisis_type_id IF NOT EXISTS FOR (n:CrisisType) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incident_type_id IF NOT EXISTS FOR (n:IncidentType) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_profile_id IF NOT EXISTS FOR (n:PartnerProfile) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT exercise_id IF NOT EXISTS FOR (n:Exercise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Application accounts (not part of the public graph model).
CREATE CONSTRAINT user_account_username IF NOT EXISTS FOR (n:UserAccount) REQUIRE n.username IS UNIQUE;

// What reports and filters select on.
CREATE INDEX partner_category IF NOT EXISTS FOR (n:Partner) ON (n.category);
CREATE INDEX covenant_status IF NOT EXISTS FOR (n:Covenant) ON (n.status);
CREATE INDEX covenant_valid_until IF NOT EXISTS FOR (n:Covenant) ON (n.validUntil);
CREATE INDEX action_item_status IF NOT EXISTS FOR (n:ActionItem) ON (n.status);
CREATE INDEX action_item_due_on IF NOT EXISTS FOR (n:ActionItem) ON (n.dueOn);
CREATE INDEX exercise_held_on IF NOT EXISTS FOR (n:Exercise) ON (n.heldOn);
CREATE INDEX asset_kind IF NOT EXISTS FOR (n:Asset) ON (n.kind);

// Search over names, ids, synonyms and categories; 'standard-folding' ignores case and diacritics (Fryslân = fryslan).
CREATE FULLTEXT INDEX node_search IF NOT EXISTS
FOR (n:SafetyRegion|Municipality|Partner|Sector|VitalProcess|Asset|Covenant|ActionItem|Theme|CrisisType|IncidentType|Person|Exercise|Network|Source)
ON EACH [n.name, n.id, n.synonyms, n.officialName, n.category]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
