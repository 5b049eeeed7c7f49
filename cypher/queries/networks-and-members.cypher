// title-nl: Netwerken en hun leden
// title-en: Networks and their members
// description-nl: Elk (boven)regionaal netwerk met zijn gastheer, zijn leden en de sectoren waarop het zich richt.
// description-en: Every (supra)regional network with its host, its members and the sectors it focuses on.
// theme-nl: Netwerken
// theme-en: Networks
MATCH (n:Network)
OPTIONAL MATCH (host)-[:MEMBER_OF {host: true}]->(n)
OPTIONAL MATCH (n)-[:FOCUSES_ON]->(s:Sector)
WITH n, collect(DISTINCT host.name) AS hosts, collect(DISTINCT s.name) AS sectors
OPTIONAL MATCH (member)-[:MEMBER_OF]->(n)
RETURN n.id AS id, n.name AS network, hosts, sectors, count(member) AS memberCount,
       collect(member.name) AS members
ORDER BY network
