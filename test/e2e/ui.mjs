export async function runUiTests() {}
