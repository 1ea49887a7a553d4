// In mock mode, main.tsx registers the mock backend's controls here, so the shell can offer
// "Reset demo data" without src/ importing mocks/ anywhere but that one guarded start-up import.
export interface MockControls {
  resetDemoData: () => Promise<void>;
}

let controls: MockControls | undefined;

export function registerMockControls(value: MockControls) {
  controls = value;
}

export function getMockControls() {
  return controls;
}
