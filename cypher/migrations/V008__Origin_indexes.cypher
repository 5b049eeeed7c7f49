// Every report prints how many of the nodes it reads are public, illustrative or entered by users. With these
// indexes that count reads the index instead of every node's properties.
CREATE INDEX covenant_origin IF NOT EXISTS FOR (n:Covenant) ON (n.origin);
CREATE INDEX action_item_origin IF NOT EXISTS FOR (n:ActionItem) ON (n.origin);
CREATE INDEX exercise_origin IF NOT EXISTS FOR (n:Exercise) ON (n.origin);
CREATE INDEX network_origin IF NOT EXISTS FOR (n:Network) ON (n.origin);
CREATE INDEX partner_origin IF NOT EXISTS FOR (n:Partner) ON (n.origin);
CREATE INDEX partner_profile_origin IF NOT EXISTS FOR (n:PartnerProfile) ON (n.origin);
