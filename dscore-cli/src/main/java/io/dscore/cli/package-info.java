/**
 * The {@code dscore} command line: reads coin facts from CSV or JSON, scores them with
 * {@link io.dscore.core.DScore}, and writes a table, CSV or JSON. Entry point: {@link io.dscore.cli.DScoreCommand}.
 *
 * <p>Reading the input ({@code io.dscore.io.CoinReader}) and writing CSV and JSON ({@code io.dscore.io.ResultWriter})
 * are the library dscore-io's; the command adds sources, the table ({@code TableWriter}), and the exit status.
 *
 * @since 0.1
 */
package io.dscore.cli;
