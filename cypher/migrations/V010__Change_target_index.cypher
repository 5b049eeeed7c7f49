// A relationship's Changes are found from its target end by a range index on 'target' (the last part of
// 'sourceId|TYPE|targetId') instead of the trigram text index on itemId, which only served that suffix look-up and
// cost an import of 100,000 rows about a tenth of its commit. V011 gives earlier Changes their 'target'.
CREATE INDEX change_target IF NOT EXISTS FOR (n:Change) ON (n.target);
DROP INDEX change_item_id_text IF EXISTS;
