def extract_demands(text, actors, timeline):
    return []
