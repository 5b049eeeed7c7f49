// Public facts say how sure they are (verified, derived, unverified). Facts loaded before the statuses existed
// were never checked one by one: they are unverified until a new reference version says otherwise. A relationship
// written from a node's reference column (SERVES, ...) shares its node's status; the relationship kinds of the
// import layout (PARTY_TO, MEMBER_OF, DEPENDS_ON) are rows of their own.
MATCH (n) WHERE n.origin = 'public' AND n.verification IS NULL AND NOT n:Source SET n.verification = 'unverified';
MATCH ()-[r:PARTY_TO|MEMBER_OF|DEPENDS_ON]->() WHERE r.origin = 'public' AND r.verification IS NULL
SET r.verification = 'unverified';
