package org.cardiosleep.stats.glm;

/**
 * A model matrix: {@code rows} observations of {@code terms.length} columns, row-major. Include an
 * intercept column of ones named {@link #INTERCEPT} to fit one.
 *
 * @param terms  column names
 * @param values row-major values, length rows * terms.length
 * @param rows   number of observations
 */
public record DesignMatrix(String[] terms, double[] values, int rows) {
    /** The conventional name of the column of ones. */
    public static final String INTERCEPT = "(Intercept)";

    public DesignMatrix {
        if (terms.length == 0) {
            throw new IllegalArgumentException("design matrix has no columns");
        }
        if (values.length != (long) rows * terms.length) {
            throw new IllegalArgumentException("design matrix has " + values.length + " values, expected "
                    + rows + " x " + terms.length);
        }
    }

    /** Number of columns. */
    public int columns() {
        return terms.length;
    }

    /** Value at (row, column). */
    public double get(int row, int column) {
        return values[row * terms.length + column];
    }

    /** Whether a column named {@link #INTERCEPT} is present. */
    public boolean hasIntercept() {
        for (String t : terms) {
            if (INTERCEPT.equals(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds a design from predictor columns (each of length n), prepending an intercept column.
     */
    public static DesignMatrix withIntercept(String[] names, double[][] columns) {
        int n = columns.length == 0 ? 0 : columns[0].length;
        return withIntercept(names, columns, n);
    }

    /** As {@link #withIntercept(String[], double[][])} with an explicit row count (for zero predictors). */
    public static DesignMatrix withIntercept(String[] names, double[][] columns, int n) {
        int p = names.length + 1;
        String[] terms = new String[p];
        terms[0] = INTERCEPT;
        System.arraycopy(names, 0, terms, 1, names.length);
        double[] v = new double[n * p];
        for (int i = 0; i < n; i++) {
            v[i * p] = 1.0;
            for (int j = 0; j < columns.length; j++) {
                if (columns[j].length != n) {
                    throw new IllegalArgumentException("column " + names[j] + " has " + columns[j].length + " rows, expected " + n);
                }
                v[i * p + j + 1] = columns[j][i];
            }
        }
        return new DesignMatrix(terms, v, n);
    }
}
