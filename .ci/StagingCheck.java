import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Checks what a release would publish to Maven Central, as staged in a local Maven repository layout by
 * {@code .ci/staging-check}: exactly the artifacts named below and nothing else; each with its POM and, for a jar
 * module, its jar, sources jar and javadoc jar; every POM with the metadata Central requires (name, description,
 * url, license, developers, scm); the license inside every jar (META-INF/LICENSE) and the manifest's
 * Implementation-Version in every main jar; an overview linking to the methodology, the methodology and inputs
 * pages and the license in the footer of every javadoc jar. Prints one line per problem and exits 1 if there is any.
 *
 * <pre>java .ci/StagingCheck.java STAGING_DIR VERSION</pre>
 */
public final class StagingCheck {

    /** Every published artifact of io.dscore and its packaging. dscore-io goes here once it exists (jar). */
    private static final Map<String, String> PUBLISHED = new TreeMap<>(Map.of(
            "dscore-parent", "pom",
            "dscore-bom", "pom",
            "dscore-api", "jar",
            "dscore-core", "jar"));

    private static final String GROUP_PATH = "io/dscore";

    private final List<String> problems = new ArrayList<>();

    private StagingCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java StagingCheck.java STAGING_DIR VERSION");
            System.exit(2);
        }
        StagingCheck check = new StagingCheck();
        int files = check.run(Path.of(args[0]), args[1]);
        if (check.problems.isEmpty()) {
            System.out.println("staging-check: " + PUBLISHED.size() + " artifacts, " + files + " files: "
                    + String.join(", ", PUBLISHED.keySet()) + "; every one complete");
        } else {
            check.problems.forEach(p -> System.out.println("staging-check: " + p));
            System.out.println("staging-check: " + check.problems.size() + " problems");
            System.exit(1);
        }
    }

    private int run(Path staging, String version) throws Exception {
        if (!Files.isDirectory(staging)) {
            problems.add(staging + ": no staging directory (did the release build run?)");
            return 0;
        }
        // every file staged, less checksums and signatures (made for each file, if signing is on)
        TreeSet<String> staged = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.filter(Files::isRegularFile).map(p -> staging.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.matches(".*\\.(md5|sha1|sha256|sha512|asc)$"))
                    .filter(p -> !p.matches(".*maven-metadata.*\\.xml$"))
                    .filter(p -> !p.startsWith(".")) // the publishing plugin's own bookkeeping (.index)
                    .forEach(staged::add);
        }
        TreeSet<String> expected = new TreeSet<>();
        for (Map.Entry<String, String> artifact : PUBLISHED.entrySet()) {
            String name = artifact.getKey();
            String base = GROUP_PATH + "/" + name + "/" + version + "/" + name + "-" + version;
            expected.add(base + ".pom");
            if (artifact.getValue().equals("jar")) {
                expected.add(base + ".jar");
                expected.add(base + "-sources.jar");
                expected.add(base + "-javadoc.jar");
            }
        }
        for (String missing : difference(expected, staged)) {
            problems.add("missing: " + missing);
        }
        for (String extra : difference(staged, expected)) {
            problems.add("not to be published: " + extra);
        }
        for (String file : expected) {
            Path path = staging.resolve(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            if (file.endsWith(".pom")) {
                checkPom(file, path);
            } else {
                checkJar(file, path);
            }
        }
        return staged.size();
    }

    /**
     * The metadata Central requires, each element present and not blank, in the POM or inherited from a staged
     * parent POM of io.dscore (as Central reads it); a url or scm inherited without
     * {@code child.*.inherit.append.path="false"} gets the module's artifactId appended, as Maven does.
     */
    private void checkPom(String file, Path path) throws Exception {
        Document pom = parse(path);
        XPath xpath = XPathFactory.newInstance().newXPath();
        String artifactId = (String) xpath.evaluate("/project/artifactId", pom, XPathConstants.STRING);
        for (String element : List.of("groupId", "version", "name", "description", "url", "licenses/license/name",
                "licenses/license/url", "developers/developer/name", "scm/connection", "scm/developerConnection",
                "scm/url")) {
            String value = inherited(path, pom, element, artifactId, xpath);
            if (value.isBlank()) {
                problems.add(file + ": no " + element);
            } else if (value.contains("${")) {
                problems.add(file + ": " + element + " is an expression: " + value.strip());
            } else if (element.endsWith("url") && value.strip().endsWith("/" + artifactId)) {
                problems.add(file + ": " + element + " ends with the module's name: " + value.strip());
            }
        }
        if (file.contains("/dscore-bom/")) {
            // a BOM manages dscore's modules only, and has no parent whose management it would bring along
            // (so its metadata above was its own)
            if (((NodeList) xpath.evaluate("/project/parent", pom, XPathConstants.NODESET)).getLength() > 0) {
                problems.add(file + ": has a parent (its dependencyManagement would be imported too)");
            }
            NodeList groups = (NodeList) xpath.evaluate(
                    "/project/dependencyManagement/dependencies/dependency/groupId", pom, XPathConstants.NODESET);
            int dscore = 0;
            for (int i = 0; i < groups.getLength(); i++) {
                if (groups.item(i).getTextContent().strip().equals("io.dscore")) {
                    dscore++;
                } else {
                    problems.add(file + ": manages a library that is not dscore's: "
                            + groups.item(i).getTextContent().strip());
                }
            }
            NodeList versions = (NodeList) xpath.evaluate(
                    "/project/dependencyManagement/dependencies/dependency/version", pom, XPathConstants.NODESET);
            for (int i = 0; i < versions.getLength(); i++) {
                String managed = versions.item(i).getTextContent().strip();
                String version = (String) xpath.evaluate("/project/version", pom, XPathConstants.STRING);
                if (!managed.equals(version.strip()) && !managed.equals("${project.version}")) {
                    problems.add(file + ": manages version " + managed + ", not its own " + version.strip());
                }
            }
            long jars = PUBLISHED.values().stream().filter("jar"::equals).count();
            if (dscore != jars) {
                problems.add(file + ": manages " + dscore + " dscore artifacts, " + jars + " are published as jars");
            }
        }
    }

    /** An element's text in the POM or, if absent, as inherited from the parent's staged POM. */
    private String inherited(Path path, Document pom, String element, String artifactId, XPath xpath)
            throws Exception {
        String value = (String) xpath.evaluate("/project/" + element, pom, XPathConstants.STRING);
        if (!value.isBlank()) {
            return value;
        }
        if (element.equals("groupId") || element.equals("version")) {
            return (String) xpath.evaluate("/project/parent/" + element, pom, XPathConstants.STRING);
        }
        String parentGroup = (String) xpath.evaluate("/project/parent/groupId", pom, XPathConstants.STRING);
        String parentId = (String) xpath.evaluate("/project/parent/artifactId", pom, XPathConstants.STRING);
        String parentVersion = (String) xpath.evaluate("/project/parent/version", pom, XPathConstants.STRING);
        if (!parentGroup.strip().equals("io.dscore")) {
            return "";
        }
        // the staging directory is a repository: .../io/dscore/ARTIFACT/VERSION/ARTIFACT-VERSION.pom
        Path parentPom = path.getParent().getParent().getParent().resolve(parentId.strip())
                .resolve(parentVersion.strip()).resolve(parentId.strip() + "-" + parentVersion.strip() + ".pom");
        if (!Files.isRegularFile(parentPom)) {
            problems.add(path.getFileName() + ": its parent " + parentId.strip() + " is not staged");
            return "";
        }
        Document parent = parse(parentPom);
        String parentValue = inherited(parentPom, parent, element, parentId.strip(), xpath);
        String attribute = switch (element) {
            case "url" -> "/project/@child.project.url.inherit.append.path";
            case "scm/connection" -> "/project/scm/@child.scm.connection.inherit.append.path";
            case "scm/developerConnection" -> "/project/scm/@child.scm.developerConnection.inherit.append.path";
            case "scm/url" -> "/project/scm/@child.scm.url.inherit.append.path";
            default -> null;
        };
        if (attribute != null && !parentValue.isBlank()
                && !"false".equals(xpath.evaluate(attribute, parent, XPathConstants.STRING))) {
            return parentValue.strip() + "/" + artifactId;
        }
        return parentValue;
    }

    private static Document parse(Path path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(path.toFile());
    }

    /** The license in every jar; in a javadoc jar, the overview and the methodology too. */
    private void checkJar(String file, Path path) throws IOException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (file.endsWith("-javadoc.jar")) {
                String index = read(zip, "index.html");
                if (index == null) {
                    problems.add(file + ": no index.html");
                } else if (!index.contains("doc-files/methodology.html")) {
                    problems.add(file + ": the overview (index.html) does not link to doc-files/methodology.html");
                }
                for (String page : List.of("doc-files/methodology.html", "doc-files/inputs.html")) {
                    if (zip.getEntry(page) == null) {
                        problems.add(file + ": no " + page);
                    }
                }
                if (index != null && !index.contains("Apache License, Version 2.0")) {
                    problems.add(file + ": the footer does not name the license");
                }
            }
            String license = read(zip, "META-INF/LICENSE");
            if (license == null || !license.contains("Apache License") || !license.contains("Version 2.0")) {
                problems.add(file + ": no META-INF/LICENSE with the Apache License 2.0");
            }
            if (!file.endsWith("-sources.jar") && !file.endsWith("-javadoc.jar")) {
                String manifest = read(zip, "META-INF/MANIFEST.MF");
                if (manifest == null || !manifest.contains("Implementation-Version:")) {
                    problems.add(file + ": no Implementation-Version in the manifest");
                }
            }
        }
    }

    private static String read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static TreeSet<String> difference(TreeSet<String> a, TreeSet<String> b) {
        TreeSet<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
