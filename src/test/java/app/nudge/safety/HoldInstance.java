package app.nudge.safety;

import app.nudge.store.DatabasePath;

/** Test main: takes the single-instance lock for args[0]; prints "first", then "shown" per request. */
public final class HoldInstance {

    private HoldInstance() {
    }

    public static void main(String[] args) throws Exception {
        var result = app.nudge.app.InstanceLock.acquire(DatabasePath.of(args[0]));
        if (result.lock() != null) {
            result.lock().onShow(() -> {
                System.out.println("shown");
                System.out.flush();
            });
        }
        // Only now "first": the test signals as soon as it reads it.
        System.out.println(result.state() == app.nudge.app.InstanceLock.State.FIRST ? "first" : result.state().toString());
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold the lock until stdin closes or the test kills this process
        }
        if (result.lock() != null) {
            result.lock().close();
        }
    }
}
