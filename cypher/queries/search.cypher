// title: Search by name
// description: Full-text search over names, ids, synonyms and categories (ignores case and diacritics), best matches first.
// theme: Search
// param: text string fryslan
CALL db.index.fulltext.queryNodes('node_search', $text) YIELD node, score
RETURN node.id AS id, node.name AS name, labels(node) AS labels, score
ORDER BY score DESC
LIMIT 25
