namespace DicomTyped.Server.Index;

/// <summary>
/// The index schema. Studies, series and instances each keep the profile's attributes of their level as DICOM JSON (what
/// a QIDO-RS match returns); the values they can be matched by live in two narrow tables keyed for lookups
/// (<c>match_value</c>: normalized whole values; <c>match_word</c>: words of person names for fuzzy matching), so that
/// every searchable attribute of the profile is indexed the same way without a column per attribute. Keys are
/// AUTOINCREMENT so that a key is never reused: a change-feed entry or an ETag never points at a later instance.
/// </summary>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS study (
            study_key   INTEGER PRIMARY KEY AUTOINCREMENT,
            study_uid   TEXT NOT NULL UNIQUE,
            attributes  BLOB NOT NULL
        );
        CREATE TABLE IF NOT EXISTS series (
            series_key  INTEGER PRIMARY KEY AUTOINCREMENT,
            study_key   INTEGER NOT NULL,
            series_uid  TEXT NOT NULL,
            attributes  BLOB NOT NULL,
            UNIQUE (study_key, series_uid)
        );
        CREATE TABLE IF NOT EXISTS instance (
            instance_key    INTEGER PRIMARY KEY AUTOINCREMENT,
            series_key      INTEGER NOT NULL,
            study_key       INTEGER NOT NULL,
            sop_uid         TEXT NOT NULL,
            sop_class_uid   TEXT NOT NULL,
            transfer_syntax TEXT NOT NULL,
            file_key        TEXT NOT NULL UNIQUE,
            size            INTEGER NOT NULL,
            created         INTEGER NOT NULL,
            invalid_tags    TEXT NOT NULL,
            attributes      BLOB NOT NULL,
            UNIQUE (series_key, sop_uid)
        );
        CREATE INDEX IF NOT EXISTS instance_by_study ON instance (study_key, series_key);
        CREATE INDEX IF NOT EXISTS instance_by_sop ON instance (sop_uid);
        CREATE INDEX IF NOT EXISTS series_by_uid ON series (series_uid);
        CREATE TABLE IF NOT EXISTS match_value (
            level     INTEGER NOT NULL,
            tag       INTEGER NOT NULL,
            value     TEXT NOT NULL,
            owner_key INTEGER NOT NULL,
            PRIMARY KEY (level, tag, value, owner_key)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS match_value_by_owner ON match_value (level, owner_key);
        CREATE TABLE IF NOT EXISTS match_word (
            level     INTEGER NOT NULL,
            tag       INTEGER NOT NULL,
            word      TEXT NOT NULL,
            owner_key INTEGER NOT NULL,
            PRIMARY KEY (level, tag, word, owner_key)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS match_word_by_owner ON match_word (level, owner_key);
        CREATE TABLE IF NOT EXISTS change_feed (
            sequence     INTEGER PRIMARY KEY AUTOINCREMENT,
            timestamp    INTEGER NOT NULL,
            action       INTEGER NOT NULL,
            study_uid    TEXT NOT NULL,
            series_uid   TEXT NOT NULL,
            sop_uid      TEXT NOT NULL,
            instance_key INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS change_feed_by_time ON change_feed (timestamp);
        CREATE INDEX IF NOT EXISTS change_feed_by_sop ON change_feed (sop_uid, sequence);
        """ + ExtendedQueryTags.ExtendedQueryTagSchema.Create;
}
