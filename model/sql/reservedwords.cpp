// The reserved-word lists of the three dialects, one word list per dialect.
//
// How the lists were made, so that they can be remade for a new server version:
// - MySQL: the words of INFORMATION_SCHEMA.KEYWORDS with RESERVED = 1 in MySQL 8.0 (the
//   manual's (R) marks), as of 8.0.31+ (ARRAY and MEMBER nonreserved again, INTERSECT
//   added), plus _FILENAME; joined with every keyword of MariaDB 10.11
//   (INFORMATION_SCHEMA.KEYWORDS) that the server rejects in `CREATE TABLE <word> (x int)` or
//   `CREATE TABLE t (<word> int)`.
// - PostgreSQL: pg_get_keywords() with catcode R or T (PostgreSQL 15), plus SYSTEM_USER,
//   reserved since PostgreSQL 16.
// - SQLite: every keyword of sqlite3_keyword_name() (3.40) that fails in
//   `CREATE TABLE <word>(x)` or `CREATE TABLE t(<word> int)`; most SQLite keywords are
//   accepted as names, so flagging them all would only produce noise.
#include "reservedwords.h"

#include <QStringView>

namespace relata::reservedwords {

namespace {

QStringList wordList(QStringView words)
{
    QStringList list;
    for (QStringView word : words.split(u' ', Qt::SkipEmptyParts))
        list.append(word.toString());
    return list;
}

} // namespace

QStringList mysql()
{
    return wordList(
            u"_filename accessible add all alter analyze and as asc asensitive before between "
            u"bigint binary blob both by call cascade case change char character check collate "
            u"column condition constraint continue convert create cross cube cume_dist "
            u"current_date current_role current_time current_timestamp current_user cursor "
            u"database databases day_hour day_microsecond day_minute day_second dec decimal "
            u"declare default delayed delete delete_domain_id dense_rank desc describe "
            u"deterministic distinct distinctrow div do_domain_ids double drop dual each else "
            u"elseif empty enclosed escaped except exists exit explain false fetch first_value "
            u"float float4 float8 for force foreign from fulltext function generated get grant "
            u"group grouping groups having high_priority hour_microsecond hour_minute hour_second "
            u"if ignore ignore_domain_ids in index infile inner inout insensitive insert int int1 "
            u"int2 int3 int4 int8 integer intersect interval into io_after_gtids io_before_gtids "
            u"is iterate join json_table key keys kill lag last_value lateral lead leading leave "
            u"left like limit linear lines load localtime localtimestamp lock long longblob "
            u"longtext loop low_priority master_bind master_demote_to_replica "
            u"master_demote_to_slave master_ssl_verify_server_cert match maxvalue mediumblob "
            u"mediumint mediumtext middleint minute_microsecond minute_second mod modifies natural "
            u"no_write_to_binlog not nth_value ntile null numeric of offset on optimize "
            u"optimizer_costs option optionally or order out outer outfile over page_checksum "
            u"parse_vcol_expr partition percent_rank portion precision primary procedure purge "
            u"range rank read read_write reads real recursive ref_system_id references regexp "
            u"release rename repeat replace require resignal restrict return returning revoke "
            u"right rlike row row_number rows schema schemas second_microsecond select sensitive "
            u"separator set show signal smallint spatial specific sql sql_big_result "
            u"sql_calc_found_rows sql_small_result sqlexception sqlstate sqlwarning ssl starting "
            u"stats_auto_recalc stats_persistent stats_sample_pages stored straight_join system "
            u"table terminated then tinyblob tinyint tinytext to trailing trigger true undo union "
            u"unique unlock unsigned update usage use using utc_date utc_time utc_timestamp values "
            u"varbinary varchar varcharacter varying virtual when where while window with write "
            u"xor year_month zerofill ");
}

QStringList postgresql()
{
    return wordList(
            u"all analyse analyze and any array as asc asymmetric authorization binary both case "
            u"cast check collate collation column concurrently constraint create cross "
            u"current_catalog current_date current_role current_schema current_time "
            u"current_timestamp current_user default deferrable desc distinct do else end except "
            u"false fetch for foreign freeze from full grant group having ilike in initially inner "
            u"intersect into is isnull join lateral leading left like limit localtime "
            u"localtimestamp natural not notnull null offset on only or order outer overlaps "
            u"placing primary references returning right select session_user similar some "
            u"symmetric system_user table tablesample then to trailing true union unique user "
            u"using variadic verbose when where window with ");
}

QStringList sqlite()
{
    return wordList(
            u"add all alter and as autoincrement between case check collate commit constraint "
            u"create default deferrable delete distinct drop else escape except exists foreign "
            u"from group having if in index insert intersect into is isnull join limit not nothing "
            u"notnull null on or order primary references returning select set table then to "
            u"transaction union unique update using values when where ");
}

} // namespace relata::reservedwords
