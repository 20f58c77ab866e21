package org.cardiosleep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MainTest {

    /** A run builds the command it names; help, usage and unknown names see every command. */
    @Test
    void buildsOnlyTheCommandARunNeeds() {
        assertEquals(Set.of("analyze"), Main.commandLine(new String[] {"analyze", "night.edf"}).getSubcommands().keySet());
        assertEquals(Set.of("bench"), Main.commandLine(new String[] {"bench", "qrs"}).getSubcommands().keySet());
        assertTrue(Main.commandLine(new String[] {"--version"}).getSubcommands().isEmpty());
        // each subcommand is registered under the name its own @Command declares
        Main.commandLine().getSubcommands().forEach((name, sub) -> {
            picocli.CommandLine.Command c = sub.getCommand().getClass().getAnnotation(picocli.CommandLine.Command.class);
            assertEquals(c.name(), name);
        });
        int all = Main.commandLine().getSubcommands().size();
        assertEquals(14, all);
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "analyze"}, {"analzye"}, {"--version", "x"}}) {
            assertEquals(all, Main.commandLine(args).getSubcommands().size(), String.join(" ", args));
        }
        assertEquals(0, Main.execute("--version"));
        assertEquals(0, Main.execute("analyze", "--help"));
        assertEquals(0, Main.execute("help", "holter"));
        assertEquals(2, Main.execute("analzye"));
    }
}
