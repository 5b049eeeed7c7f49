// title: Action items per region, network or covenant and theme
// description: Open, overdue and done action items per group and theme; cancelled items are left out. An item belongs to every region that is party to its covenant (by = 'region'), to its covenant (by = 'covenant'), or to every network a party region of its covenant is a member of (by = 'network'); action-items-themes.cypher counts each item once. Overdue: open or in progress with a due date before asOf; open: the other open or in-progress items (also those without a due date). Groups with the oldest overdue item come first.
// theme: Reports
// param: asOf date 2026-11-23
// param: by string region
// param: region string VR16
WITH COLLECT { MATCH (r:SafetyRegion) RETURN r.id ORDER BY r.id } AS regionIds
CALL () {
  CALL () {
    // The covenants in view: all of them, or those the region is party to (found from the region, not by
    // testing every covenant, which matters on a national graph).
    MATCH (c:Covenant) WHERE $region IS NULL RETURN c
    UNION
    MATCH (:SafetyRegion {id: $region})-[:PARTY_TO]->(c:Covenant) RETURN c
  }
  MATCH (i:ActionItem)-[:PART_OF]->(c)
  WHERE i.status <> 'cancelled'
  WITH c, i, i.status IN ['open', 'in-progress'] AND coalesce(i.dueOn < $asOf, false) AS overdue
  WITH c, i.theme AS theme,
       count(CASE WHEN i.status IN ['open', 'in-progress'] AND NOT overdue THEN 1 END) AS open,
       count(CASE WHEN overdue THEN 1 END) AS overdue,
       count(CASE WHEN i.status = 'done' THEN 1 END) AS done,
       min(CASE WHEN overdue THEN i.dueOn END) AS oldest
  RETURN c, {theme: theme, open: open, overdue: overdue, done: done, oldest: oldest} AS counts, null AS partyRegion
  UNION ALL
  // The party regions of the covenants, read from the regions and joined to the counts by grouping on the covenant:
  // read from each covenant, they cost all its parties (mostly partners), 1.7 million db hits on a national graph.
  MATCH (r:SafetyRegion)
  WHERE $by IN ['region', 'network']
  MATCH (r)-[:PARTY_TO]->(c:Covenant)
  RETURN c, null AS counts, r.id AS partyRegion
}
// An item's groups follow from its covenant alone, and for regions and networks from the covenant's party regions
// alone. So the items are counted per covenant and theme, those counts added up per set of party regions, and the
// groups looked up once per set: looking them up per item made 'network' on a national graph read every
// network of every party region once per item (hundreds of millions of rows).
// The key of a set of party regions lists them in the order of regionIds.
WITH regionIds, c, collect(counts) AS perTheme, collect(partyRegion) AS partyRegions
WHERE perTheme <> []
WITH CASE $by WHEN 'covenant' THEN c.id
       ELSE [id IN regionIds WHERE id IN partyRegions] END AS key,
     c, perTheme
UNWIND perTheme AS t
WITH key, head(collect(CASE $by WHEN 'covenant' THEN c {.id, .name} END)) AS covenant, t.theme AS theme, sum(t.open) AS open, sum(t.overdue) AS overdue,
     sum(t.done) AS done, min(t.oldest) AS oldest
WITH key, covenant, collect({theme: theme, open: open, overdue: overdue, done: done, oldest: oldest}) AS perTheme
WITH perTheme, CASE $by
  WHEN 'covenant' THEN [covenant]
  WHEN 'network' THEN COLLECT { MATCH (r:SafetyRegion)-[:MEMBER_OF]->(n:Network) WHERE r.id IN key RETURN DISTINCT n {.id, .name} }
  ELSE COLLECT { MATCH (r:SafetyRegion) WHERE r.id IN key RETURN r {.id, .name} } END AS groups
UNWIND groups AS g
UNWIND perTheme AS t
RETURN g.id AS groupId, g.name AS groupName, t.theme AS theme, sum(t.open) AS open, sum(t.overdue) AS overdue,
       sum(t.done) AS done, toString(min(t.oldest)) AS oldestOverdue
ORDER BY oldestOverdue IS NULL, oldestOverdue, groupName, theme
