-- A scene's style rules (colour, size, shape and caption per node kind; size or colour by a property), as JSON.
ALTER TABLE scene ADD COLUMN style_rules CHARACTER LARGE OBJECT DEFAULT '{}' NOT NULL;
