// Users' own saved workbench queries (internal, not part of the public graph model): looked up per owner.
CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.id IS UNIQUE;
CREATE INDEX saved_query_owner IF NOT EXISTS FOR (n:SavedQuery) ON (n.owner);
