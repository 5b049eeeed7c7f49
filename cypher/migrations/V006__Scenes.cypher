// Users' saved explorer scenes (internal, not part of the public graph model): opened by id, listed per owner.
CREATE CONSTRAINT scene_id IF NOT EXISTS FOR (n:Scene) REQUIRE n.id IS UNIQUE;
CREATE INDEX scene_owner IF NOT EXISTS FOR (n:Scene) ON (n.owner);
