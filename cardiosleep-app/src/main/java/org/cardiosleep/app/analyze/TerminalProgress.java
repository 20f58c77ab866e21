package org.cardiosleep.app.analyze;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.cardiosleep.pheno.analyze.ProgressListener;

/**
 * A progress bar on stderr while the ECG is analysed, only when attached to a terminal (no bar
 * when output is piped or redirected, so logs and {@code --json} stay clean).
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {
    private ProgressBar bar;
    private final boolean enabled;

    TerminalProgress(boolean enabled) {
        this.enabled = enabled;
    }

    /** True when stdin and stdout are a terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public void progress(String step, long done, long total) {
        if (!enabled || !"ECG".equals(step)) {
            return;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName("Analysing ECG").setInitialMax(total).setUnit(" min", 60)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(100).build();
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.refresh();      // show the final state even when the pass was faster than one refresh interval
            bar.close();
        }
    }
}
