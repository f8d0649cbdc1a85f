import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown files of {@code docs/} into HTML pages for the Javadoc's {@code doc-files}, with commonmark-java:
 * each page uses the Javadoc's stylesheet and links back to its overview. The parent pom runs it before Javadoc,
 * with the JDK's source launcher:
 *
 * <pre>java -classpath 'COMMONMARK_JARS/*' RenderDocs.java OUTPUT_DIR BASE_URL FILE.md ...</pre>
 *
 * A link to another of the rendered files ({@code inputs.md#columns}) becomes a link to its page
 * ({@code inputs.html#columns}); any other relative link ({@code cli.md}, {@code examples/coins.csv}) is resolved
 * against BASE_URL, the docs folder in the repository. Headings get GitHub's anchors, so fragments keep working.
 */
public final class RenderDocs {

    private RenderDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: RenderDocs OUTPUT_DIR BASE_URL FILE.md ...");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        String baseUrl = args[1].endsWith("/") ? args[1] : args[1] + "/";
        List<Path> inputs = new ArrayList<>();
        Set<String> rendered = new HashSet<>();
        for (int i = 2; i < args.length; i++) {
            Path input = Path.of(args[i]);
            inputs.add(input);
            rendered.add(input.getFileName().toString());
        }
        List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Link && attributes.containsKey("href")) {
                        attributes.put("href", target(attributes.get("href"), rendered, baseUrl));
                    }
                })
                .build();
        Files.createDirectories(output);
        for (Path input : inputs) {
            Node document = parser.parse(Files.readString(input, StandardCharsets.UTF_8));
            String name = input.getFileName().toString();
            String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>"
                    + escape(title(document, name)) + "</title>\n"
                    + "<link rel=\"stylesheet\" type=\"text/css\" href=\"../stylesheet.css\">\n</head>\n"
                    + "<body>\n<main class=\"flex-content\" style=\"padding: 10px 20px\">\n"
                    + "<p><a href=\"../index.html\">API overview</a></p>\n"
                    + renderer.render(document) + "</main>\n</body>\n</html>\n";
            Files.writeString(output.resolve(name.replaceFirst("\\.md$", ".html")), page, StandardCharsets.UTF_8);
        }
    }

    /** Where a link of a rendered page points to. */
    private static String target(String href, Set<String> rendered, String baseUrl) {
        if (href.startsWith("#") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return href; // a fragment of this page, or an absolute URL
        }
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        if (rendered.contains(file)) {
            return file.replaceFirst("\\.md$", ".html") + fragment;
        }
        return baseUrl + href;
    }

    /** The text of the first heading, or the file name. */
    private static String title(Node document, String fallback) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                StringBuilder text = new StringBuilder();
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text) {
                        text.append(((Text) child).getLiteral());
                    }
                }
                return text.toString();
            }
        }
        return fallback;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
