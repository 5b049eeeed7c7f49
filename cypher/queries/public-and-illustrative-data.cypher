// title: Public facts and illustrative data per label
// description: How many nodes of each label are public facts, illustrative sample data or entered by users.
// theme: Data quality
MATCH (n) WHERE n.origin IS NOT NULL
UNWIND labels(n) AS label
RETURN label,
       count(CASE WHEN n.origin = 'public' THEN 1 END) AS public,
       count(CASE WHEN n.origin = 'illustrative' THEN 1 END) AS illustrative,
       count(CASE WHEN n.origin = 'user' THEN 1 END) AS user
ORDER BY label
