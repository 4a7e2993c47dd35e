namespace DicomTyped.Server.ExtendedQueryTags;

/// <summary>
/// The index tables of extended query tags. <c>extended_value</c> holds each tag's values per owner row (study, series or
/// instance key by the tag's level) in one column by kind: text (normalized as the profile's attributes are), number
/// (IS, DS and the binary numeric VRs, compared as numbers) or date (DA, DT, TM as written, so ranges compare in order);
/// <c>extended_word</c> holds the words of person names for fuzzy matching. Triggers drop an owner's values when its row
/// goes, so delete paths need not know about extended query tags.
/// </summary>
internal static class ExtendedQueryTagSchema
{
    public const string Create = """

        CREATE TABLE IF NOT EXISTS extended_query_tag (
            tag_key         INTEGER PRIMARY KEY AUTOINCREMENT,
            tag             INTEGER NOT NULL UNIQUE,
            vr              TEXT NOT NULL,
            private_creator TEXT,
            level           INTEGER NOT NULL,
            status          INTEGER NOT NULL,
            query_enabled   INTEGER NOT NULL,
            operation_id    TEXT
        );
        CREATE TABLE IF NOT EXISTS extended_value (
            tag_key      INTEGER NOT NULL,
            level        INTEGER NOT NULL,
            owner_key    INTEGER NOT NULL,
            text_value   TEXT,
            number_value REAL,
            date_value   TEXT
        );
        CREATE INDEX IF NOT EXISTS extended_value_by_text ON extended_value (tag_key, text_value, owner_key);
        CREATE INDEX IF NOT EXISTS extended_value_by_number ON extended_value (tag_key, number_value, owner_key);
        CREATE INDEX IF NOT EXISTS extended_value_by_date ON extended_value (tag_key, date_value, owner_key);
        CREATE INDEX IF NOT EXISTS extended_value_by_owner ON extended_value (level, owner_key);
        CREATE TABLE IF NOT EXISTS extended_word (
            tag_key   INTEGER NOT NULL,
            level     INTEGER NOT NULL,
            owner_key INTEGER NOT NULL,
            word      TEXT NOT NULL,
            PRIMARY KEY (tag_key, word, owner_key)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS extended_word_by_owner ON extended_word (level, owner_key);
        CREATE TABLE IF NOT EXISTS extended_error (
            tag_key      INTEGER NOT NULL,
            instance_key INTEGER NOT NULL,
            created      INTEGER NOT NULL,
            message      TEXT NOT NULL,
            PRIMARY KEY (tag_key, instance_key)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS extended_error_by_instance ON extended_error (instance_key);
        CREATE TABLE IF NOT EXISTS extended_operation (
            operation_id TEXT PRIMARY KEY,
            status       INTEGER NOT NULL,
            percent      INTEGER NOT NULL,
            created      INTEGER NOT NULL,
            updated      INTEGER NOT NULL,
            tag_paths    TEXT NOT NULL
        );
        CREATE TRIGGER IF NOT EXISTS extended_on_instance_delete AFTER DELETE ON instance BEGIN
            DELETE FROM extended_value WHERE level = 2 AND owner_key = old.instance_key;
            DELETE FROM extended_word WHERE level = 2 AND owner_key = old.instance_key;
            DELETE FROM extended_error WHERE instance_key = old.instance_key;
        END;
        CREATE TRIGGER IF NOT EXISTS extended_on_series_delete AFTER DELETE ON series BEGIN
            DELETE FROM extended_value WHERE level = 1 AND owner_key = old.series_key;
            DELETE FROM extended_word WHERE level = 1 AND owner_key = old.series_key;
        END;
        CREATE TRIGGER IF NOT EXISTS extended_on_study_delete AFTER DELETE ON study BEGIN
            DELETE FROM extended_value WHERE level = 0 AND owner_key = old.study_key;
            DELETE FROM extended_word WHERE level = 0 AND owner_key = old.study_key;
        END;
        """;
}
