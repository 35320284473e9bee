package dev.storyline.lucene;

import dev.storyline.index.Filters;
import dev.storyline.index.QuerySyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns query text and filters into Lucene queries. The syntax is Lucene's classic query syntax over the headline
 * (boosted) and the body, with field prefixes for the other fields.
 */
final class SearchQueries {

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Map<String, Float> DEFAULT_FIELDS = Map.of(ArticleFields.HEADLINE, 2f, ArticleFields.BODY, 1f);

    private final Analyzer analyzer;

    SearchQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query for {@code text}; blank or {@code *} matches every article. */
    Query parse(String text) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        // a fresh parser per query: QueryParser is not thread-safe
        QueryParser parser = new MultiFieldQueryParser(
                new String[] {ArticleFields.HEADLINE, ArticleFields.BODY}, analyzer, DEFAULT_FIELDS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            throw syntaxError(q, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(q, 0, "the query expands to too many terms; make wildcards more specific");
        }
    }

    private static QuerySyntaxException syntaxError(String q, ParseException e) {
        int column = 0;
        if (e.currentToken != null && e.currentToken.next != null) {
            column = e.currentToken.next.beginColumn;
        }
        Throwable deepest = e;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        String detail = deepest.getMessage() == null ? e.getMessage() : deepest.getMessage();
        if (column == 0 && deepest instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            column = p.currentToken.next.beginColumn;
        }
        if (column == 0) {
            Matcher m = COLUMN.matcher(detail);
            if (m.find()) {
                column = Integer.parseInt(m.group(1));
            }
        }
        int quote = unclosedQuote(q);
        if (quote > 0 && detail.contains("<EOF>")) {
            return new QuerySyntaxException(q, quote, "this quote is never closed");
        }
        int paren = unclosedParenthesis(q);
        if (paren > 0 && detail.contains("<EOF>")) {
            return new QuerySyntaxException(q, paren, "this parenthesis is never closed");
        }
        return new QuerySyntaxException(q, column, reason(detail));
    }

    /** The 1-based column of the last '(' left open (outside quotes), or 0. */
    private static int unclosedParenthesis(String q) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        boolean inQuote = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inQuote = !inQuote;
            } else if (!inQuote && c == '(') {
                open.push(i + 1);
            } else if (!inQuote && c == ')' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? 0 : open.peek();
    }

    /** The 1-based column of a quote that opens a phrase never closed, or 0. */
    private static int unclosedQuote(String q) {
        int open = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open == 0 ? i + 1 : 0;
            }
        }
        return open;
    }

    /** The parser's message without its position (we give our own) and its long list of expected tokens. */
    private static String reason(String detail) {
        String first = detail.split("\\R", 2)[0];
        first = first.replaceFirst("^Cannot parse '.*?': ", "");
        first = first.replaceAll(" at line \\d+, column \\d+\\.?", "");
        if (first.startsWith("Encountered \"<EOF>\"")) {
            return "the query ends where a term, a phrase or a (group) was expected";
        }
        if (detail.contains("Was expecting")) {
            first = first + "; expected a term, a phrase or a (group) there";
        }
        return first.strip();
    }

    /** {@code query} restricted by {@code filters} (the filters do not change scores). */
    static Query filtered(Query query, Filters filters) {
        if (filters.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (filters.from() != null || filters.to() != null) {
            long from = filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay();
            long to = filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(ArticleFields.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        addAny(b, List.of(ArticleFields.PLACE), filters.places());
        addAny(b, List.of(ArticleFields.AGENCY), filters.agencies());
        addAny(b, List.of(ArticleFields.TAG, ArticleFields.LABEL), filters.tags());
        return b.build();
    }

    private static void addAny(BooleanQuery.Builder b, List<String> fields, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) {
            for (String f : fields) {
                any.add(new TermQuery(new Term(f, ArticleFields.keyword(v))), BooleanClause.Occur.SHOULD);
            }
        }
        b.add(any.build(), BooleanClause.Occur.FILTER);
    }
}
