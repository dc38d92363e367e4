mkdir elsewhere
