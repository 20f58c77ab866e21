package org.cardiosleep.app;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cardiosleep} command line. Exit codes: 0 success, 2 bad usage, 1 failure. A failure
 * prints one line on stderr that names the file and the problem; a stack trace only with
 * {@code --debug} (or env {@code CARDIOSLEEP_DEBUG=1}).
 */
@Command(name = "cardiosleep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Sleep and cardiac phenotypes from one overnight ECG.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order help lists them, by the name each declares in its
     * {@code @Command}. Building a command's model (reflection over its annotations) costs
     * milliseconds each, and the whole tree about 0.15 s of a short run, so a run builds only the
     * command it was given; help, a bad command name and the no-argument usage build them all.
     */
    private static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, Class<?>> subcommands() {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        m.put("help", CommandLine.HelpCommand.class);
        m.put("bench", org.cardiosleep.app.bench.BenchCommand.class);
        m.put("train", TrainCommand.class);
        m.put("holter", org.cardiosleep.app.holter.HolterCommand.class);
        m.put("info", org.cardiosleep.app.io.InfoCommand.class);
        m.put("maternal", org.cardiosleep.app.maternal.MaternalCommand.class);
        m.put("detect-beats", org.cardiosleep.app.beats.DetectBeatsCommand.class);
        m.put("compare-beats", org.cardiosleep.app.beats.CompareBeatsCommand.class);
        m.put("analyze", org.cardiosleep.app.analyze.AnalyzeCommand.class);
        m.put("demo", org.cardiosleep.app.analyze.DemoCommand.class);
        m.put("cohort", org.cardiosleep.app.cohort.CohortCommand.class);
        m.put("assoc", org.cardiosleep.app.cohort.AssocCommand.class);
        m.put("agree", org.cardiosleep.app.cohort.AgreeCommand.class);
        m.put("stage", org.cardiosleep.app.sleep.StageCommand.class);
        return java.util.Collections.unmodifiableMap(m);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (used by tests). */
    public static int execute(String... args) {
        return commandLine(args).execute(args);
    }

    /** The whole command tree. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command tree a run with {@code args} needs: only the named subcommand when the first
     * argument names one (other than help), the top level alone for {@code --version}, else all.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            cl.addSubcommand(first, SUBCOMMANDS.get(first));
        } else if (!(args.length == 1 && (first.equals("--version") || first.equals("-V")))) {
            SUBCOMMANDS.forEach(cl::addSubcommand);
        }
        cl.setExecutionExceptionHandler(Main::handleFailure);
        cl.setParameterExceptionHandler(Main::handleUsage);
        return cl;
    }

    static boolean debug() {
        return "1".equals(System.getenv("CARDIOSLEEP_DEBUG")) || Boolean.getBoolean("cardiosleep.debug");
    }

    private static int handleFailure(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof UsageException) {
            err.println("cardiosleep: " + ex.getMessage());
            return 2;
        }
        String msg = message(ex);
        err.println("cardiosleep: " + msg.lines().findFirst().orElse(msg));
        if (debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /**
     * The message of a failure. The JDK's file-system exceptions carry only the path (for example
     * "/proc/x: " is all a {@code NoSuchFileException} says), so the problem is added in words.
     */
    static String message(Exception ex) {
        if (ex instanceof FileSystemException fse && fse.getFile() != null) {
            String problem = fse.getReason();
            if (problem == null || problem.isBlank()) {
                problem = fse instanceof NoSuchFileException ? "no such file or directory"
                        : fse instanceof AccessDeniedException ? "permission denied"
                        : fse instanceof NotDirectoryException ? "not a directory"
                        : fse instanceof DirectoryNotEmptyException ? "directory not empty"
                        : fse instanceof FileAlreadyExistsException ? "already exists"
                        : fse.getClass().getSimpleName();
            }
            return fse.getFile() + (fse.getOtherFile() == null ? "" : " -> " + fse.getOtherFile()) + ": " + problem;
        }
        String msg = ex.getMessage();
        return msg == null || msg.isBlank() ? ex.getClass().getSimpleName() : msg;
    }

    private static int handleUsage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("cardiosleep: " + ex.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return 2;
    }

    /** Version from the jar manifest, or "dev". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cardiosleep " + (v == null ? "0.1.0-dev" : v)};
        }
    }
}
