// The journal of imports committed in batches (internal, not part of the public graph model): one ImportRun node
// per import that wrote something, status 'applying' until its last batch commits ('applied'), or 'rolled back'
// when it failed or was cut off and its committed batches were undone from its Change nodes. Found by status at
// every start.
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_run_status IF NOT EXISTS FOR (n:ImportRun) ON (n.status);
