/**
 * The coin facts format as a library: streaming CSV and JSON readers ({@link io.dscore.io.CoinReader}), writers
 * of coins and results ({@link io.dscore.io.CoinWriter}, {@link io.dscore.io.ResultWriter}) and a Jackson module
 * ({@link io.dscore.io.DScoreModule}). Depends on {@code io.dscore.api}, Apache Commons CSV and Jackson 3
 * databind.
 *
 * @since 0.2
 */
module io.dscore.io {
    requires transitive io.dscore.api;
    requires transitive tools.jackson.databind;
    requires org.apache.commons.csv;

    exports io.dscore.io;
}
