"""Local stand-ins for the remote services the plugin talks to (tests never reach the internet)."""
