// title-nl: Zoeken op naam
// title-en: Search by name
// description-nl: Zoeken in namen, id's, synoniemen en categorieën (hoofdletters en accenten tellen niet), beste treffers eerst.
// description-en: Full-text search over names, ids, synonyms and categories (ignores case and diacritics), best matches first.
// theme-nl: Zoeken
// theme-en: Search
// param: text string fryslan
CALL db.index.fulltext.queryNodes('node_search', $text) YIELD node, score
RETURN node.id AS id, node.name AS name, labels(node) AS labels, score
ORDER BY score DESC
LIMIT 25
