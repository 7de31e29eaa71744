def extract_quotes(text, actors):
    return []
