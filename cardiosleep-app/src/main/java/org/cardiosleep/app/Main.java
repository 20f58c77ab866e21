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
        description = "Sleep and cardiac phenotypes from one overnight ECG.",
        subcommands = {
                CommandLine.HelpCommand.class,
                org.cardiosleep.app.bench.BenchCommand.class,
                TrainCommand.class,
                org.cardiosleep.app.holter.HolterCommand.class,
                org.cardiosleep.app.io.InfoCommand.class,
                org.cardiosleep.app.maternal.MaternalCommand.class,
                org.cardiosleep.app.beats.DetectBeatsCommand.class,
                org.cardiosleep.app.beats.CompareBeatsCommand.class,
                org.cardiosleep.app.analyze.AnalyzeCommand.class,
                org.cardiosleep.app.analyze.DemoCommand.class,
                org.cardiosleep.app.cohort.CohortCommand.class,
                org.cardiosleep.app.cohort.AssocCommand.class,
                org.cardiosleep.app.cohort.AgreeCommand.class,
                org.cardiosleep.app.sleep.StageCommand.class,
        })
public final class Main implements Runnable {

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
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
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
