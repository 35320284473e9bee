package dev.storyline.index;

/**
 * A query that cannot be parsed. The message is one line and points at the fault, e.g.
 * {@code query syntax error at column 9 of 'wheat AND': expected a term after AND}.
 */
public final class QuerySyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final int column;

    /**
     * @param query  the query as given
     * @param column 1-based column of the fault, or 0 when it is not known
     * @param reason what was wrong, without the position
     */
    public QuerySyntaxException(String query, int column, String reason) {
        super("query syntax error" + (column > 0 ? " at column " + column : "") + " of '" + query + "': " + reason);
        this.query = query;
        this.column = column;
    }

    public String query() {
        return query;
    }

    /** 1-based column of the fault, or 0 when unknown. */
    public int column() {
        return column;
    }
}
