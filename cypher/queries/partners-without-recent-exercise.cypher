// title-nl: Partners zonder gezamenlijke oefening in de laatste jaren
// title-en: Partners without a joint exercise in recent years
// description-nl: Partners in de regio die sinds het opgegeven aantal jaren voor de peildatum aan geen oefening deelnamen, met hun laatste oefening als die er is.
// description-en: Partners serving the region that took part in no exercise since the given number of years before the reference date, with their last exercise if any.
// theme-nl: Oefeningen
// theme-en: Exercises
// param: region string VR16
// param: today date 2026-11-23
// param: years integer 2
MATCH (p:Partner)-[:SERVES]->(:SafetyRegion {id: $region})
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e:Exercise)
WITH p, max(e.heldOn) AS lastExercise
WHERE lastExercise IS NULL OR lastExercise < $today - duration({years: $years})
RETURN p.id AS id, p.name AS partner, p.category AS category, lastExercise
ORDER BY lastExercise, partner
