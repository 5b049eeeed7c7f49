// Accounts, audit entries, saved queries, scenes and report schedules moved to the bookkeeping store (an H2
// database of their own, out of reach of the workbench's Cypher); the application moves old nodes at start-up.
DROP CONSTRAINT user_account_username IF EXISTS;
DROP CONSTRAINT audit_entry_id IF EXISTS;
DROP INDEX audit_entry_at IF EXISTS;
DROP CONSTRAINT saved_query_id IF EXISTS;
DROP INDEX saved_query_owner IF EXISTS;
DROP CONSTRAINT scene_id IF EXISTS;
DROP INDEX scene_owner IF EXISTS;
DROP CONSTRAINT report_schedule_id IF EXISTS;
