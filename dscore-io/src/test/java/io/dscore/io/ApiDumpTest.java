package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public API of the published library modules, as text: every public type of an exported package, with its
 * public and protected members and their signatures. The dump is committed under {@code docs/api/}; a change to
 * the public API fails here until the file is updated in the same commit (and the change is named in
 * CHANGELOG.md, under the versioning policy of the README).
 *
 * <p>It lives in dscore-io, whose tests see all three published modules. To record a deliberate change:
 * {@code mvn -pl dscore-io test -Dtest=ApiDumpTest -Dapi.update=true}, then review the diff.
 */
class ApiDumpTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dscore-api, io.dscore.api.Coin", "dscore-core, io.dscore.core.DScore",
        "dscore-io, io.dscore.io.CoinReader"})
    void thePublicApiMatchesTheCommittedDump(String module, String anchor) throws Exception {
        Class<?> type = Class.forName(anchor);
        String actual = dump(type);
        Path file = Path.of("../docs/api/" + module + ".txt");
        if (Boolean.getBoolean("api.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("the public API of %s; record a deliberate change with -Dapi.update=true", module)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Every public type of the packages the module of {@code anchor} exports to everyone, sorted. */
    private static String dump(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
        Module module = anchor.getModule();
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        // the module's classes: a directory in the reactor, a jar when the module comes from a repository
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
             Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
            Path root = jar == null ? location : jar.getPath("/");
            names = files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                    .filter(n -> !n.endsWith("module-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted().collect(Collectors.toList());
        }
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, anchor.getClassLoader());
            boolean exported = !module.isNamed() || module.isExported(type.getPackageName());
            if (!exported || !isApi(type)) {
                continue;
            }
            out.append(type.toGenericString()).append('\n');
            List<String> members = new ArrayList<>();
            for (Field f : type.getDeclaredFields()) {
                if (visible(f)) {
                    members.add(f.toGenericString());
                }
            }
            for (Executable e : type.getDeclaredConstructors()) {
                if (visible(e)) {
                    members.add(e.toGenericString());
                }
            }
            for (Executable e : type.getDeclaredMethods()) {
                if (visible(e)) {
                    members.add(e.toGenericString());
                }
            }
            members.sort(null);
            members.forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.toString();
    }

    /** A public type whose enclosing types are public too. */
    private static boolean isApi(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(Member member) {
        int m = member.getModifiers();
        return (Modifier.isPublic(m) || Modifier.isProtected(m)) && !member.isSynthetic();
    }
}
