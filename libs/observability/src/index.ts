// Logs, traces, metrics and health probes shared by the three apps (issue 14).
export {};
