/**
 * Reading and writing coin facts in the interchange format of {@code docs/inputs.md}: CSV with a header row, or
 * a JSON array of objects with the same snake_case keys.
 *
 * <ul>
 *   <li>{@link io.dscore.io.CoinReader} streams the records of a file as {@link io.dscore.io.Row}s: a parsed
 *       coin, or the reason a record is not one.</li>
 *   <li>{@link io.dscore.io.CoinWriter} writes coins back, so that reading what it wrote gives equal coins.</li>
 *   <li>{@link io.dscore.io.ResultWriter} writes scores as CSV or JSON, the columns of {@code dscore score}.</li>
 *   <li>{@link io.dscore.io.DScoreModule} teaches a Jackson {@code ObjectMapper} the same JSON.</li>
 * </ul>
 *
 * @since 0.2
 */
package io.dscore.io;
