// Scheduled reports (internal, not part of the public graph model): one node per schedule, by id.
CREATE CONSTRAINT report_schedule_id IF NOT EXISTS FOR (n:ReportSchedule) REQUIRE n.id IS UNIQUE;
