// title: Networks per sector and their improvement actions
// description: Every network with at least one member, once per sector it FOCUSES_ON, with its hosts, member regions and member partners. Improvement actions: action items, not cancelled, on covenants that a member is party to and that cover the sector (or one of its vital processes), either still open / in progress or done within the last `months` months before asOf. A network "has concrete improvement actions" for a sector when there is at least one. Only the sectors in `sectors` when given; null for every sector (the web page and the PDF ask for the sectors of the first rows they show).
// theme: Reports
// param: asOf date 2026-11-23
// param: months integer 12
// param: sectors list<string> drinking-water,energy
//
// How the figure is computed, and why it is shaped so. A network's covenants are the covenants in the scope of its
// sector (covering the sector or one of its vital processes) that at least one member is party to, each counted
// once however many members are party to it. Walking from every member to all its covenants and testing each
// covenant's scope is what made this slow: a region is party to thousands of covenants and every network has one.
// So it is computed the other way round, from the covenants:
//   1. the covenants in the scope of each sector, found from the sector and its processes; for each covenant,
//      once, its counts of open and recently done items and its parties (regions and others);
//   2. per sector, those counts summed per set of party regions: a network counts every covenant one of its member
//      regions is party to;
//   3. per sector, each covenant's other parties (partners) matched to their memberships in that sector's networks:
//      a network also counts the covenants its other members are party to, unless a member region is party to it
//      too (then step 2 counted it already);
//   4. per network, its members and the sum of 2 and 3.
// The lists carried along hold small maps of nodes and numbers. The only list per network holds the covenants
// reached through its other members (a few dozen), never the thousands of its regions' covenants.
// ReportKnownAnswerTests and ReportApiTests check the figures against the plain definition.

// 1. Each covenant in scope once, with the sectors it is in scope of.
MATCH (s:Sector)
WHERE ($sectors IS NULL OR s.id IN $sectors) AND EXISTS { (s)<-[:FOCUSES_ON]-(:Network)<-[:MEMBER_OF]-() }
UNWIND [s] + COLLECT { MATCH (v:VitalProcess)-[:IN_SECTOR]->(s) RETURN v } AS covered
MATCH (covered)<-[:COVERS]-(c:Covenant)
WITH c, collect(DISTINCT s) AS sectors
CALL (c) {
  OPTIONAL MATCH (c)<-[:PART_OF]-(i:ActionItem)
  RETURN count(CASE WHEN i.status IN ['open', 'in-progress'] THEN 1 END) AS open,
         count(CASE WHEN i.status = 'done' AND i.doneOn >= $asOf - duration({months: $months}) AND i.doneOn <= $asOf
                    THEN 1 END) AS done
}
// A covenant without such items adds nothing to any network.
WITH c, sectors, open, done WHERE open + done > 0
CALL (c) {
  MATCH (c)<-[:PARTY_TO]-(party)
  RETURN collect(CASE WHEN party:SafetyRegion THEN party END) AS partyRegions,
         collect(CASE WHEN NOT party:SafetyRegion THEN party END) AS otherParties
}
UNWIND sectors AS s
WITH s, collect({covenant: {c: c, open: open, done: done, regions: partyRegions}, others: otherParties}) AS covenants
WITH collect({s: s, covenants: covenants}) AS covenantsPerSector

// Then sector by sector (a sector whose networks have no such covenant gets an empty list).
MATCH (s:Sector)
WHERE ($sectors IS NULL OR s.id IN $sectors) AND EXISTS { (s)<-[:FOCUSES_ON]-(:Network)<-[:MEMBER_OF]-() }
WITH s, coalesce([e IN covenantsPerSector WHERE e.s = s][0].covenants, []) AS covenants
// 2. Counts per set of party regions (a few dozen per sector); a network takes every set with one of its regions.
CALL (covenants) {
  UNWIND covenants AS e
  WITH e.covenant.regions AS partyRegions, sum(e.covenant.open) AS open, sum(e.covenant.done) AS done
  RETURN collect({regions: partyRegions, open: open, done: done}) AS perPartyRegions
}
// 3. The covenants reached through other members: a covenant's other parties are matched to the sector's
// memberships by grouping both on the party (a hash join; only parties that are members of one of the sector's
// networks are kept). The second part adds every network of the sector, also those without such covenants.
CALL (s, covenants) {
  WITH s, covenants, COLLECT { MATCH (s)<-[:FOCUSES_ON]-(:Network)<-[:MEMBER_OF]-(m) RETURN DISTINCT m } AS members
  CALL (s, covenants, members) {
    UNWIND covenants AS e
    UNWIND [m IN e.others WHERE m IN members] AS m
    RETURN m, e.covenant AS covenant, null AS n
    UNION ALL
    MATCH (s)<-[:FOCUSES_ON]-(n:Network)<-[:MEMBER_OF]-(m)
    RETURN m, null AS covenant, n
  }
  WITH m, collect(covenant) AS covenantsOfMember, collect(n) AS networksOfMember
  WHERE covenantsOfMember <> []
  UNWIND networksOfMember AS n
  UNWIND covenantsOfMember AS covenant
  RETURN n, covenant
  UNION ALL
  MATCH (n:Network)-[:FOCUSES_ON]->(s)
  WHERE EXISTS { (n)<-[:MEMBER_OF]-() }
  RETURN n, null AS covenant
}
WITH s, perPartyRegions, n, collect(DISTINCT covenant) AS viaOtherMembers
// 4. The network's members in one walk, ordered by name (a member without a name is listed as null, last).
CALL (n) {
  MATCH (m)-[e:MEMBER_OF]->(n)
  WITH {member: m, name: m.name, host: e.host = true, region: m:SafetyRegion, partner: m:Partner} AS x
  ORDER BY x.name
  WITH collect(x) AS members
  RETURN [x IN members WHERE x.host | x.name] AS hosts, [x IN members WHERE x.region | x.name] AS regions,
         [x IN members WHERE x.partner | x.name] AS partners, [x IN members WHERE x.region | x.member] AS memberRegions
}
WITH s, n, hosts, regions, partners,
     [g IN perPartyRegions WHERE any(r IN g.regions WHERE r IN memberRegions)] AS viaRegions,
     [k IN viaOtherMembers WHERE none(r IN k.regions WHERE r IN memberRegions)] AS viaOthersOnly
WITH s, n, hosts, regions, partners,
     reduce(t = 0, g IN viaRegions | t + g.open) + reduce(t = 0, k IN viaOthersOnly | t + k.open) AS openActions,
     reduce(t = 0, g IN viaRegions | t + g.done) + reduce(t = 0, k IN viaOthersOnly | t + k.done) AS recentlyDone
RETURN s.id AS sector, s.name AS sectorName, coalesce(s.nameEn, s.name) AS sectorNameEn, n.id AS network, n.name AS networkName,
       hosts, regions, partners,
       openActions, recentlyDone, openActions + recentlyDone > 0 AS concrete, n.origin AS origin
ORDER BY sectorName, networkName, network
