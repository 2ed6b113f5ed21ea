"""Relations stated in one sentence, found over its parse (one construction per module)."""
