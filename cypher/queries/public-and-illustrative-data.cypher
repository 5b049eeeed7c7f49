// title-nl: Publieke feiten en voorbeelddata per label
// title-en: Public facts and illustrative data per label
// description-nl: Hoeveel knopen van elk label publieke feiten zijn, voorbeelddata of door gebruikers ingevoerd.
// description-en: How many nodes of each label are public facts, illustrative sample data or entered by users.
// theme-nl: Datakwaliteit
// theme-en: Data quality
MATCH (n) WHERE n.origin IS NOT NULL
UNWIND labels(n) AS label
RETURN label,
       count(CASE WHEN n.origin = 'public' THEN 1 END) AS public,
       count(CASE WHEN n.origin = 'illustrative' THEN 1 END) AS illustrative,
       count(CASE WHEN n.origin = 'user' THEN 1 END) AS user
ORDER BY label
