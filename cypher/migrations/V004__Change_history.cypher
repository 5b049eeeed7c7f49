// Change history (internal, not part of the public graph model): one Change node per changed item, with no
// relationship to the item so that a deleted item keeps its history. Read per item (itemId; a relationship's
// itemId is 'sourceId|TYPE|targetId', found by prefix and, through the text index, by suffix) and newest first (at).
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_item_id IF NOT EXISTS FOR (n:Change) ON (n.itemId);
CREATE TEXT INDEX change_item_id_text IF NOT EXISTS FOR (n:Change) ON (n.itemId);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX change_batch IF NOT EXISTS FOR (n:Change) ON (n.batch);
