/**
 * The {@code dscore} command line: reads coin facts from CSV or JSON, scores them with
 * {@link io.dscore.core.DScore}, and writes a table, CSV or JSON. Entry point: {@link io.dscore.cli.DScoreCommand}.
 *
 * <p>Readers ({@code CsvCoinReader}, {@code JsonCoinReader}) turn each record into a coin or a bad row, one at a
 * time; {@code Column} is the one list of the input columns; writers ({@code TableWriter}, {@code CsvWriter},
 * {@code JsonWriter}) write the results.
 *
 * @since 0.1
 */
package io.dscore.cli;
